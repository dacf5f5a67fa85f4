/** Whether the presets gallery is open: the toolbar button and the dialog share it. */
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';

const galleryStore = createStore<{ open: boolean }>()(() => ({ open: false }));

export function openPresetGallery(): void {
  galleryStore.setState({ open: true });
}

export function closePresetGallery(): void {
  galleryStore.setState({ open: false });
}

export function useGalleryOpen(): boolean {
  return useStore(galleryStore, (s) => s.open);
}
